# RUN: %difftest %s
# A block of more than 64 statements is emitted in groups of noinline
# lambdas (codegen's emit_block): every kind of statement that may go in a
# group, next to ones that may not (return, break, continue, yield), in a
# plain function, a generator and the module body, and an uncaught
# exception raised from inside a group, whose traceback names its line.
# DIFFTEST: traceback-frames


def long_function(n):
    total = 0
    names = []
    total += 0 * n
    names.append("s1")
    try:
        total += int("x2")
    except ValueError as e:
        names.append(str(e)[-4:])
    for j in range(3):
        total += j
    else:
        names.append("else3")
    with open_ctx("4") as c:
        names.append(c)
    def inner5(a, b=5):
        return a + b
    total += inner5(n)
    class K6:
        v = 6
    total += K6.v
    del K6
    if total % 2:
        total += 1
    elif n:
        total -= 1
    total += 8 * n
    names.append("s9")
    try:
        total += int("x10")
    except ValueError as e:
        names.append(str(e)[-4:])
    for j in range(1):
        total += j
    else:
        names.append("else11")
    with open_ctx("12") as c:
        names.append(c)
    def inner13(a, b=13):
        return a + b
    total += inner13(n)
    class K14:
        v = 14
    total += K14.v
    del K14
    if total % 2:
        total += 1
    elif n:
        total -= 1
    total += 16 * n
    names.append("s17")
    try:
        total += int("x18")
    except ValueError as e:
        names.append(str(e)[-4:])
    for j in range(4):
        total += j
    else:
        names.append("else19")
    with open_ctx("20") as c:
        names.append(c)
    def inner21(a, b=21):
        return a + b
    total += inner21(n)
    class K22:
        v = 22
    total += K22.v
    del K22
    if total % 2:
        total += 1
    elif n:
        total -= 1
    total += 24 * n
    names.append("s25")
    try:
        total += int("x26")
    except ValueError as e:
        names.append(str(e)[-4:])
    for j in range(2):
        total += j
    else:
        names.append("else27")
    with open_ctx("28") as c:
        names.append(c)
    def inner29(a, b=29):
        return a + b
    total += inner29(n)
    class K30:
        v = 30
    total += K30.v
    del K30
    if total % 2:
        total += 1
    elif n:
        total -= 1
    total += 32 * n
    names.append("s33")
    try:
        total += int("x34")
    except ValueError as e:
        names.append(str(e)[-4:])
    for j in range(0):
        total += j
    else:
        names.append("else35")
    with open_ctx("36") as c:
        names.append(c)
    def inner37(a, b=37):
        return a + b
    total += inner37(n)
    class K38:
        v = 38
    total += K38.v
    del K38
    if total % 2:
        total += 1
    elif n:
        total -= 1
    if n > 100:
        return "early"
    total = total + 0
    total = total + 1
    total = total + 2
    total = total + 3
    total = total + 4
    total = total + 5
    total = total + 6
    total = total + 7
    total = total + 8
    total = total + 9
    total = total + 10
    total = total + 11
    total = total + 12
    total = total + 13
    total = total + 14
    total = total + 15
    total = total + 16
    total = total + 17
    total = total + 18
    total = total + 19
    total = total + 20
    total = total + 21
    total = total + 22
    total = total + 23
    total = total + 24
    total = total + 25
    total = total + 26
    total = total + 27
    total = total + 28
    total = total + 29
    total = total + 30
    total = total + 31
    total = total + 32
    total = total + 33
    total = total + 34
    total = total + 35
    total = total + 36
    total = total + 37
    total = total + 38
    total = total + 39
    total = total + 40
    total = total + 41
    total = total + 42
    total = total + 43
    total = total + 44
    total = total + 45
    total = total + 46
    total = total + 47
    total = total + 48
    total = total + 49
    total = total + 50
    total = total + 51
    total = total + 52
    total = total + 53
    total = total + 54
    total = total + 55
    total = total + 56
    total = total + 57
    total = total + 58
    total = total + 59
    total = total + 60
    total = total + 61
    total = total + 62
    total = total + 63
    total = total + 64
    total = total + 65
    total = total + 66
    total = total + 67
    total = total + 68
    total = total + 69
    for k in range(3):
        if k == 1:
            continue
        names.append(k)
    return total, names


class open_ctx:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        return "enter" + self.tag

    def __exit__(self, *exc):
        return False


print(long_function(3))
print(long_function(101))


def long_generator():
    x = 0
    x += 0
    x += 1
    x += 2
    x += 3
    x += 4
    x += 5
    x += 6
    x += 7
    x += 8
    x += 9
    x += 10
    x += 11
    x += 12
    x += 13
    x += 14
    x += 15
    x += 16
    x += 17
    x += 18
    x += 19
    x += 20
    x += 21
    x += 22
    x += 23
    x += 24
    x += 25
    x += 26
    x += 27
    x += 28
    x += 29
    x += 30
    x += 31
    x += 32
    x += 33
    x += 34
    x += 35
    x += 36
    x += 37
    x += 38
    x += 39
    x += 40
    x += 41
    x += 42
    x += 43
    x += 44
    x += 45
    x += 46
    x += 47
    x += 48
    x += 49
    x += 50
    x += 51
    x += 52
    x += 53
    x += 54
    x += 55
    x += 56
    x += 57
    x += 58
    x += 59
    x += 60
    x += 61
    x += 62
    x += 63
    x += 64
    x += 65
    x += 66
    x += 67
    x += 68
    x += 69
    yield x
    x -= 0
    x -= 1
    x -= 2
    x -= 3
    x -= 4
    x -= 5
    x -= 6
    x -= 7
    x -= 8
    x -= 9
    x -= 10
    x -= 11
    x -= 12
    x -= 13
    x -= 14
    x -= 15
    x -= 16
    x -= 17
    x -= 18
    x -= 19
    x -= 20
    x -= 21
    x -= 22
    x -= 23
    x -= 24
    x -= 25
    x -= 26
    x -= 27
    x -= 28
    x -= 29
    x -= 30
    x -= 31
    x -= 32
    x -= 33
    x -= 34
    x -= 35
    x -= 36
    x -= 37
    x -= 38
    x -= 39
    x -= 40
    x -= 41
    x -= 42
    x -= 43
    x -= 44
    x -= 45
    x -= 46
    x -= 47
    x -= 48
    x -= 49
    x -= 50
    x -= 51
    x -= 52
    x -= 53
    x -= 54
    x -= 55
    x -= 56
    x -= 57
    x -= 58
    x -= 59
    x -= 60
    x -= 61
    x -= 62
    x -= 63
    x -= 64
    x -= 65
    x -= 66
    x -= 67
    x -= 68
    x -= 69
    y = yield x
    print("sent", y)
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    x = x * 2 % 1000003
    yield x


g = long_generator()
print(next(g), next(g), g.send("v"))

m0 = 0 * 3
m1 = 1 * 3
m2 = 2 * 3
m3 = 3 * 3
m4 = 4 * 3
m5 = 5 * 3
m6 = 6 * 3
m7 = 7 * 3
m8 = 8 * 3
m9 = 9 * 3
m10 = 10 * 3
m11 = 11 * 3
m12 = 12 * 3
m13 = 13 * 3
m14 = 14 * 3
m15 = 15 * 3
m16 = 16 * 3
m17 = 17 * 3
m18 = 18 * 3
m19 = 19 * 3
m20 = 20 * 3
m21 = 21 * 3
m22 = 22 * 3
m23 = 23 * 3
m24 = 24 * 3
m25 = 25 * 3
m26 = 26 * 3
m27 = 27 * 3
m28 = 28 * 3
m29 = 29 * 3
m30 = 30 * 3
m31 = 31 * 3
m32 = 32 * 3
m33 = 33 * 3
m34 = 34 * 3
m35 = 35 * 3
m36 = 36 * 3
m37 = 37 * 3
m38 = 38 * 3
m39 = 39 * 3
m40 = 40 * 3
m41 = 41 * 3
m42 = 42 * 3
m43 = 43 * 3
m44 = 44 * 3
m45 = 45 * 3
m46 = 46 * 3
m47 = 47 * 3
m48 = 48 * 3
m49 = 49 * 3
m50 = 50 * 3
m51 = 51 * 3
m52 = 52 * 3
m53 = 53 * 3
m54 = 54 * 3
m55 = 55 * 3
m56 = 56 * 3
m57 = 57 * 3
m58 = 58 * 3
m59 = 59 * 3
m60 = 60 * 3
m61 = 61 * 3
m62 = 62 * 3
m63 = 63 * 3
m64 = 64 * 3
m65 = 65 * 3
print(m0 + m65)
m0 += 1
m1 += 1
m2 += 1
m3 += 1
m4 += 1
m5 += 1
m6 += 1
m7 += 1
m8 += 1
m9 += 1
m10 += 1
m11 += 1
m12 += 1
m13 += 1
m14 += 1
m15 += 1
m16 += 1
m17 += 1
m18 += 1
m19 += 1
m20 += 1
m21 += 1
m22 += 1
m23 += 1
m24 += 1
m25 += 1
m26 += 1
m27 += 1
m28 += 1
m29 += 1
m30 += 1
m31 += 1
m32 += 1
m33 += 1
m34 += 1
m35 += 1
m36 += 1
m37 += 1
m38 += 1
m39 += 1
m40 += 1
m41 += 1
m42 += 1
m43 += 1
m44 += 1
m45 += 1
m46 += 1
m47 += 1
m48 += 1
m49 += 1
print(1 // (m1 - 4))  # raises ZeroDivisionError inside a group
m51 += 1
m52 += 1
m53 += 1
m54 += 1
m55 += 1
m56 += 1
m57 += 1
m58 += 1
m59 += 1
m60 += 1
m61 += 1
m62 += 1
m63 += 1
m64 += 1
m65 += 1

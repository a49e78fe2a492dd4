# RUN: %difftest %s
# Matrices as nested lists: multiply, transpose, identity, power, determinant, pretty print.
def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    return [[sum([a[i][k] * b[k][j] for k in range(inner)]) for j in range(cols)] for i in range(rows)]

def transpose(m):
    return [list(row) for row in zip(*m)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def matpow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result

def determinant(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for col in range(len(m)):
        minor = [row[:col] + row[col + 1:] for row in m[1:]]
        total += (-1) ** col * m[0][col] * determinant(minor)
    return total

def show(m):
    width = max([len(str(v)) for row in m for v in row])
    for row in m:
        print(" ".join([str(v).rjust(width) for v in row]))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
show(identity(3))
print(matmul(identity(2), [[5, 6], [7, 8]]))
fib = matpow([[1, 1], [1, 0]], 90)
print("fib(90) via matrix power:", fib[0][1])
print(determinant([[2]]), determinant([[1, 2], [3, 4]]), determinant([[6, 1, 1], [4, -2, 5], [2, 8, 7]]))
print(determinant(identity(5)), determinant([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
h = [[1 / (i + j + 1) for j in range(3)] for i in range(3)]
for row in h:
    print(["%.4f" % v for v in row])
print(round(determinant(h), 12))
show(matpow([[2, 0], [0, 3]], 10))
m = [[0] * 4 for _ in range(4)]
for i in range(4):
    for j in range(4):
        m[i][j] = (i + 1) * (j + 1)
show(m)
print([sum(row) for row in m], [sum(col) for col in zip(*m)], sum([m[i][i] for i in range(4)]))

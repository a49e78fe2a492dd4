# RUN: %difftest %s
# UnicodeEncodeError/UnicodeDecodeError made by hand: the constructor's checks,
# assigned attributes (args keeps what was passed), subclasses.
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'bad')
e.start = 1; e.reason = 'worse'; e.end = 2
print(e, e.args, e.start, e.end, e.reason)
e.end = 3
print(e)
for attr, v in [('start', 'x'), ('end', 1.5)]:
    try: setattr(e, attr, v); print(attr, 'ok', e)
    except Exception as x: print(attr, type(x).__name__, x)
e = UnicodeEncodeError('ascii', 'abc', 0, 1, 'r'); e.end = 3; print(e, e.args)
e.object = "\u20ac"; e.end = 1; print(e)
for args in [(1,b'',0,0,'r'), ('e','s',0,0,'r'), ('e',b'',0.5,0,'r'), ('e',b'',0,'x','r'), ('e',b'',0,0,1), ('e',b'',0,0,'r', 6), ()]:
    try: UnicodeDecodeError(*args)
    except Exception as x: print(type(x).__name__, x)
for args in [('e',b'',0,0,'r'), ()]:
    try: UnicodeEncodeError(*args)
    except Exception as x: print(type(x).__name__, x)
try: UnicodeDecodeError('e',b'',0,0,'r', x=1)
except Exception as x: print(type(x).__name__, x)
class MyDecodeError(UnicodeDecodeError): pass
err = MyDecodeError('utf-8', b'\xff', 0, 1, 'why')
print(repr(err), str(err), err.reason, isinstance(err, UnicodeError))
print(repr(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'why')), repr(UnicodeError('plain')), str(UnicodeError('a', 'b')))
try:
    raise MyDecodeError('latin-1', b'ab', 0, 2, 'custom')
except UnicodeDecodeError as x:
    print(type(x).__name__, x, x.object)

# RUN: %difftest %s
# DIFFTEST: stderr-last-line
# DIFFTEST: traceback-frames
# A UnicodeDecodeError nobody catches ends the program with status 1 and
# CPython's traceback; what was printed before it stays.
def read_record(data):
    text = data.decode("utf-8")
    return text.upper()


print(read_record(b"fine"))
print(read_record("d\xe9j\xe0".encode("latin-1")))
print("not reached")

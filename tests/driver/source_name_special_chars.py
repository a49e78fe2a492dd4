# RUN: %difftest %s
# DIFFTEST-SOURCE-NAME: 'we"ird\\na\nme \'q\'.py'
# DIFFTEST: stderr
# A file name with a quote, a backslash and a newline reaches the generated
# C++ (its header comment, #line directives, the traceback's source table) as
# escaped literals: the program compiles, and __file__, co_filename and the
# traceback name the file exactly as CPython does.


def base_name(path):
    return path.rsplit("/", 1)[-1]


def fail():
    raise ValueError("from " + base_name(__file__))


print(repr(base_name(__file__)))
print(repr(base_name(fail.__code__.co_filename)))
fail()

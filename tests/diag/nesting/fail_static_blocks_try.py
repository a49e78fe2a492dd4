# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# Blocks as CPython's compiler counts them: a handler runs inside 2 (the
# handler and its clean-up), a try body inside 1, a finally wraps what comes
# before it in 1, a with holds one per item, a loop one, and a def starts
# afresh. ok() reaches 20; bad() one more, at the with's fourth item.
def ok():
    try:
        pass
    except E:
        try:
            pass
        except E as e:
            try:
                pass
            except E:
                try:
                    pass
                except E as e:
                    try:
                        pass
                    except E:
                        try:
                            pass
                        except E as e:
                            try:
                                pass
                            except E:
                                try:
                                    pass
                                except E as e:
                                    try:
                                        pass
                                    except E:
                                        for a in b:
                                            def fresh():
                                                with a, b, c:
                                                    pass
                                            while a:
                                                pass

def bad():
    try:
        pass
    except E:
        try:
            pass
        except E:
            try:
                pass
            except E:
                try:
                    pass
                except E:
                    try:
                        pass
                    except E:
                        try:
                            pass
                        except E:
                            try:
                                pass
                            except E:
                                try:
                                    pass
                                except E:
                                    try:
                                        with a, b, c, d:
                                            pass
                                    finally:
                                        pass
# CHECK: fail_static_blocks_try.py:[[@LINE-4]]:{{[0-9]+}}: error: too many statically nested blocks
# CHECK-NOT: error

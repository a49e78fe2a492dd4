# RUN: %difftest %s
# coding: utf-8
# Declared utf-8 is read raw, as CPython's tokenizer does: bytes that are no
# UTF-8 are harmless in a comment: éÿÀ€ "é"
x = 1  # í € 
print(x, "ok")  # €

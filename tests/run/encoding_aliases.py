# coding=ISO_8859_1
# RUN: %difftest %s
# "ISO_8859_1" is one of latin-1's spellings the tokenizer knows itself; à
print("à la", "À")

# -*- coding: UTF_8 -*-
# RUN: %difftest %s
# A BOM and a declaration that names utf-8 under another spelling agree.
print("日本", len("日本"))

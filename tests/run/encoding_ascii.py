# RUN: %difftest %s
# -*- coding: US-ASCII -*-
# An ASCII file declared as such (through the codec: any byte above 0x7F would fail).
print("plain", "\u00e9")

# Nothing is written when the program cannot be translated.
# RUN: rm -f %t.cpp
# RUN: not %pyco2cpp %s -o %t.cpp
# RUN: not test -e %t.cpp
import socketserver

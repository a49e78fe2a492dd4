# The example programs in examples/ (seed programs) compile and print what
# CPython prints. examples/cmake-consumer is tested by tests/cmake/.
# RUN: %difftest %srcdir/examples/hello_seed.py
# RUN: %difftest %srcdir/examples/seed_eager_range.py
# RUN: %difftest %srcdir/examples/seed_print_ab.py
# RUN: %difftest %srcdir/examples/seed_generators.py

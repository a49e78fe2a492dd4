# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# Lambdas too.
pick = lambda first, second, first: first
# CHECK: fail_duplicate_argument_lambda.py:3:30: error: duplicate argument 'first' in function definition

# RUN: %pyco2cpp --dump=ast %s | FileCheck %s --strict-whitespace --match-full-lines
# Comments, blank lines and joined lines do not change the tree.

value = (1 +
         2)   # trailing comment
items = [
    1,

    2,  # inside brackets
]
total = 1 + \
    2
if value:
        # deeper comment
    pass

	
def tabs():
	return 1
def mixed():
    if True:
	    return 2

# CHECK:Module
# CHECK-NEXT:  Assign 4:0
# CHECK-NEXT:    Name 'value' Store 4:0
# CHECK-NEXT:    BinOp Add 4:9
# CHECK-NEXT:      Constant Int '1' 4:9
# CHECK-NEXT:      Constant Int '2' 5:9
# CHECK-NEXT:  Assign 6:0
# CHECK-NEXT:    Name 'items' Store 6:0
# CHECK-NEXT:    List Load 6:8
# CHECK-NEXT:      Constant Int '1' 7:4
# CHECK-NEXT:      Constant Int '2' 9:4
# CHECK-NEXT:  Assign 11:0
# CHECK-NEXT:    Name 'total' Store 11:0
# CHECK-NEXT:    BinOp Add 11:8
# CHECK-NEXT:      Constant Int '1' 11:8
# CHECK-NEXT:      Constant Int '2' 12:4
# CHECK-NEXT:  If 13:0
# CHECK-NEXT:    Name 'value' Load 13:3
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass 15:4
# CHECK-NEXT:  FunctionDef 'tabs' 18:0
# CHECK-NEXT:    body:
# CHECK-NEXT:      Return 19:1
# CHECK-NEXT:        Constant Int '1' 19:8
# CHECK-NEXT:  FunctionDef 'mixed' 20:0
# CHECK-NEXT:    body:
# CHECK-NEXT:      If 21:4
# CHECK-NEXT:        Constant True 21:7
# CHECK-NEXT:        body:
# CHECK-NEXT:          Return 22:5
# CHECK-NEXT:            Constant Int '2' 22:12

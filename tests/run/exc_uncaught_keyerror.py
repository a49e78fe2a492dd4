# RUN: %difftest %s
# DIFFTEST: stderr-last-line
# KeyError escaping from module level code inside a loop.
prices = {"tea": 2.5, "coffee": 3.0, "cake": 4.25}
total = 0
for item in ["tea", "cake", "juice", "coffee"]:
    price = prices[item]
    total += price
    print(f"{item:<8}{price:>6.2f}{total:>8.2f}")
print("total", total)

# RUN: %difftest %s
# DIFFTEST: stderr-last-line
# A custom exception escaping through several frames and a finally block.
class InventoryError(Exception):
    pass

stock = {"apple": 3, "pear": 0}

def take(item, count):
    available = stock.get(item, 0)
    if count > available:
        raise InventoryError(f"only {available} {item}(s) left, wanted {count}")
    stock[item] = available - count
    return stock[item]

def shop(order):
    try:
        for item, count in order:
            print("taking", count, item, "->", take(item, count), "left")
    finally:
        print("closing the shop")

shop([("apple", 1), ("apple", 2)])
print(stock)
shop([("apple", 0), ("pear", 1), ("apple", 1)])
print("not reached")

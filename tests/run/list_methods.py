# RUN: %difftest %s
# list methods and operators.
xs = [5, 3, 8]
xs.append(1)
xs.extend([9, 2])
xs.insert(0, 7)
xs.insert(100, 0)
xs.insert(-1, 4)
print(xs, len(xs))
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(8)
print(xs, xs.index(9), xs.count(3), 3 in xs, 42 not in xs)
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
xs.reverse()
print(xs, xs[::-1], list(reversed(xs)))
ys = xs.copy()
ys.append("copy")
print(xs, ys, xs == ys[:-1], xs is ys)
zs = xs
zs.append(100)
print(xs, zs is xs)
print([1, 2] + [3], [0] * 5, [[0] * 2] * 2, 2 * ["ab"])
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
alias_grid = [[0] * 3] * 2
alias_grid[0][1] = 5
print(grid, alias_grid)
xs.clear()
print(xs, zs, len(xs), bool(xs))
words = ["pear", "Apple", "fig", "banana"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
nums = list(range(10))
del nums[2]
del nums[-1]
print(nums, nums.index(5, 2), min(nums), max(nums), sum(nums))
nums += [10, 11]
nums *= 2
print(nums, len(nums))
stack = []
for ch in "abc":
    stack.append(ch)
print([stack.pop() for _ in range(len(stack))], stack)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [2] > [1, 9], [] == [], [[1]] == [[1]])
print(list("hey"), list((1, 2)), list({"k": 1, "j": 2}), list(range(3, 0, -1)))
nested = [[3, 4], [1, 2], [1, 1]]
nested.sort()
print(nested, sorted(nested, reverse=True), nested.index([1, 2]))
print(list(map(str, [1, 2, 3])), [str(x) for x in [1.5, None, "s"]])

# RUN: %difftest %s
# Sorting and searching by hand: quicksort, in-place partition, merge sort, binary search.
def quicksort(items):
    if len(items) <= 1:
        return items
    pivot, *rest = items
    smaller = [x for x in rest if x < pivot]
    larger = [x for x in rest if x >= pivot]
    return quicksort(smaller) + [pivot] + quicksort(larger)

def quicksort_inplace(a, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo >= hi:
        return a
    pivot = a[(lo + hi) // 2]
    i, j = lo, hi
    while i <= j:
        while a[i] < pivot:
            i += 1
        while a[j] > pivot:
            j -= 1
        if i <= j:
            a[i], a[j] = a[j], a[i]
            i += 1
            j -= 1
    quicksort_inplace(a, lo, j)
    quicksort_inplace(a, i, hi)
    return a

def merge_sort(items):
    if len(items) <= 1:
        return items[:]
    mid = len(items) // 2
    left, right = merge_sort(items[:mid]), merge_sort(items[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    return merged + left[i:] + right[j:]

def binary_search(sorted_items, target):
    lo, hi = 0, len(sorted_items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if sorted_items[mid] == target:
            return mid, steps
        if sorted_items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0, 27, 100, 1]
print(quicksort(data))
print(quicksort_inplace(data[:]))
print(merge_sort(data))
print(quicksort(["pear", "apple", "fig", "kiwi"]), merge_sort([3.5, -1.25, 2.0]))
print(quicksort(data) == sorted(data) == merge_sort(data), data[:3])
seq = list(range(0, 1000, 7))
for target in [0, 7, 343, 994, 995, -1]:
    print(target, binary_search(seq, target))
state = 12345
pseudo = []
for _ in range(200):
    state = (state * 1103515245 + 12345) % 2 ** 31
    pseudo.append(state % 1000)
print(quicksort(pseudo)[:10], merge_sort(pseudo)[-5:], quicksort_inplace(pseudo[:]) == sorted(pseudo))

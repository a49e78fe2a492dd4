# RUN: %difftest %s
# datetime with fixed values (never now()): timedelta arithmetic and str, comparisons.
import datetime

start = datetime.datetime(2024, 2, 28, 22, 30, 15)
print(start, repr(start.year), start.month, start.day, start.hour, start.minute, start.second)
later = start + datetime.timedelta(hours=5, minutes=45)
print(later, later - start, start - later)
print(start + datetime.timedelta(days=1), start + datetime.timedelta(days=2), start - datetime.timedelta(weeks=1))
d = datetime.timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=500)
print(d, d.days, d.seconds, d.microseconds, d.total_seconds())
print(datetime.timedelta(seconds=1), datetime.timedelta(seconds=0.25), datetime.timedelta(0), datetime.timedelta(minutes=90))
print(datetime.timedelta(seconds=-1), -datetime.timedelta(hours=1), datetime.timedelta(days=-1, hours=3), abs(datetime.timedelta(hours=-2)))
print(datetime.timedelta(days=400), datetime.timedelta(microseconds=1), datetime.timedelta(seconds=3661.5))
print(d * 2, d / 2, d // 3, datetime.timedelta(hours=3) / datetime.timedelta(minutes=30), d + d, d - datetime.timedelta(days=1))
print(datetime.timedelta(hours=1) < datetime.timedelta(minutes=61), datetime.timedelta(seconds=60) == datetime.timedelta(minutes=1))
print(repr(datetime.timedelta(days=1, seconds=5)), repr(datetime.timedelta(0)))
a = datetime.datetime(2023, 12, 31, 23, 59, 59)
b = datetime.datetime(2024, 1, 1)
print(b - a, (b - a).total_seconds(), a < b, max(a, b), sorted([b, a])[0])
leap = datetime.datetime(2024, 3, 1) - datetime.datetime(2024, 2, 1)
normal = datetime.datetime(2023, 3, 1) - datetime.datetime(2023, 2, 1)
print(leap.days, normal.days, str(leap), str(normal))
precise = datetime.datetime(2020, 5, 17, 8, 5, 3, 123456)
print(precise, precise + datetime.timedelta(microseconds=876544), precise.microsecond)
deadline = datetime.datetime(2024, 6, 1, 12)
for offset in [0, 1, 2]:
    moment = deadline - datetime.timedelta(hours=8 * offset)
    print(f"step {offset}: {moment} -> {deadline - moment} left")
total = datetime.timedelta()
for minutes in [15, 45, 30, 90]:
    total += datetime.timedelta(minutes=minutes)
print("total", total, total.total_seconds() / 3600, "hours")

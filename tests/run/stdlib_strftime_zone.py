# RUN: %difftest %s
# strftime's %z and %Z: the offset and the zone's name of an aware datetime
# or time, empty for a naive one and for a date; a '%' in a zone's name stays
# literal. time.strftime and format(time, spec) use the date 1900-01-01.
import datetime

ist = datetime.timezone(datetime.timedelta(hours=5, minutes=30), "IST")
d = datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=ist)
print(d.strftime("%Y %z %Z|"), f"{d:%z/%Z}")
print(datetime.datetime(2020, 1, 2).strftime("[%z][%Z]"))
u = datetime.datetime(2020, 1, 2, tzinfo=datetime.timezone.utc)
print(u.strftime("%z %Z"), u.strftime("%%z %%Z"))
t = datetime.time(1, 2, 3, 45, tzinfo=datetime.timezone.utc)
print(t.strftime("%H:%M:%S.%f %z %Z"))
print(format(t, "%H"), f"{t:%M}", format(t, ""))
print(datetime.date(2021, 3, 4).strftime("%z|%Z|%f"))
neg = datetime.timezone(-datetime.timedelta(hours=3, minutes=15, seconds=7))
print(datetime.datetime(2000, 1, 1, tzinfo=neg).strftime("%z %Z %%z"))
frac = datetime.timezone(datetime.timedelta(seconds=1, microseconds=5))
print(datetime.datetime(2000, 1, 1, tzinfo=frac).strftime("%z"))
print(datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(0), "a%b")).strftime("%Z"))
print(datetime.time(5).strftime("%Y-%m-%d %j %a %H %z%Z."), repr(datetime.time(5).strftime("")))
try:
    datetime.time(5).strftime(5)
except TypeError as e:
    print("TypeError:", e)
for obj in (datetime.date(2020, 1, 1), datetime.datetime(2020, 1, 1), t):
    for call in (lambda: obj.__format__(), lambda: obj.__format__(1), lambda: obj.__format__("a", "b"),
                 lambda: obj.__format__(format="%Y")):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)

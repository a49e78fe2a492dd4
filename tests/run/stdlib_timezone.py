# RUN: %difftest %s
# datetime.timezone: fixed offsets, their names, repr/str, equality, and
# aware datetimes (tzinfo=timezone): str/isoformat/repr with the offset,
# arithmetic and comparison in UTC, astimezone, fromtimestamp, replace.
from datetime import datetime, timedelta, timezone, tzinfo

utc = timezone.utc
cet = timezone(timedelta(hours=1), "CET")
ist = timezone(timedelta(hours=5, minutes=30))
neg = timezone(-timedelta(hours=3, minutes=15))
odd = timezone(timedelta(seconds=3725, microseconds=5))
print(utc, repr(utc), cet, repr(cet), ist, repr(ist), neg, repr(neg), odd, repr(odd))
print(timezone.min, timezone.max, repr(timezone.min), repr(timezone.max), timezone(timedelta(0)) is utc, timezone(timedelta(0), "UTC") is utc)
print(utc.utcoffset(None), cet.utcoffset(None), neg.utcoffset(None), repr(ist.utcoffset(None)), utc.tzname(None), cet.tzname(None), ist.tzname(None), neg.tzname(None), utc.dst(None))
print(utc == timezone(timedelta(0), "Z"), cet == timezone(timedelta(hours=1)), cet != ist, utc == 0, hash(utc) == hash(timezone(timedelta(0), "x")), len({utc, timezone(timedelta(0), "Z"), cet}))
print(isinstance(utc, tzinfo), isinstance(utc, timezone), type(utc), type(utc).__name__, timezone(offset=timedelta(hours=2), name="X"))

# aware datetimes
d = datetime(2024, 3, 10, 12, 30, tzinfo=utc)
e = datetime(2024, 3, 10, 13, 30, tzinfo=cet)
f = datetime(2024, 3, 10, 18, 0, 15, 250, ist)
print(d, repr(d), e, repr(e), f, repr(f), d.isoformat(), e.isoformat(sep=" "), f.isoformat(timespec="minutes"))
print(d.tzinfo, e.tzinfo is cet, d.utcoffset(), e.utcoffset(), f.utcoffset(), d.tzname(), e.tzname(), f.tzname(), d.dst())
print(d == e, d != e, d < f, f > e, e - d, f - d, d - f, hash(d) == hash(e), len({d, e}))
print(d + timedelta(hours=1), e - timedelta(days=1), timedelta(minutes=5) + f, (d + timedelta(hours=1)).tzinfo)
print(d.astimezone(cet), e.astimezone(utc), f.astimezone(neg), d.astimezone(ist) == d, d.astimezone(odd))
print(d.replace(tzinfo=None), d.replace(tzinfo=cet), d.replace(hour=1), datetime(2024, 1, 1).replace(tzinfo=utc))
print(d.timestamp(), e.timestamp(), datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000.5, cet), datetime.fromtimestamp(-1, neg))
print(utc.fromutc(datetime(2024, 1, 1, tzinfo=utc)), cet.fromutc(datetime(2024, 1, 1, 23, 30, tzinfo=cet)))
now = datetime.now(timezone.utc)
print(now.tzinfo, now.utcoffset(), type(now).__name__, abs(now - datetime.now(utc)) < timedelta(seconds=5))
naive = datetime(2024, 3, 10, 12, 30)
print(naive.tzinfo, naive.utcoffset(), naive.tzname(), naive == d, naive != d)

# datetime.time, naive and aware, and back into a datetime
from datetime import time, date
t1, t2 = time(1, 2, 3, 4), time(1, 2, tzinfo=utc)
print(time(), repr(time()), t1, repr(t1), t2, repr(t2), time(12), t1.isoformat("minutes"), t2.isoformat())
print(t1.hour, t1.minute, t1.second, t1.microsecond, t1.tzinfo, t2.tzinfo, t2.utcoffset(), t2.tzname(), t1.utcoffset(), bool(time()))
print(time(1) < time(2), time(1) == time(1, 0), time(3, tzinfo=cet) == time(2, tzinfo=utc), hash(time(3, tzinfo=cet)) == hash(time(2, tzinfo=utc)), time(hour=3, minute=4))
print(e.time(), repr(e.timetz()), datetime.combine(date(2020, 1, 2), time(3, 4)), datetime.combine(date(2020, 1, 2), t2), datetime.combine(date(2020, 1, 2), time(3), cet))

def show(fn):
    try:
        print(fn())
    except Exception as ex:
        print(type(ex).__name__, ex)

show(lambda: timezone(timedelta(hours=24)))
show(lambda: timezone(-timedelta(hours=24)))
show(lambda: timezone(5))
show(lambda: timezone(timedelta(0), 5))
show(lambda: timezone())
show(lambda: timezone(timedelta(0), "a", 1))
show(lambda: utc.utcoffset(5))
show(lambda: utc.tzname("x"))
show(lambda: utc.dst(1.5))
show(lambda: utc.fromutc(datetime(2020, 1, 1)))
show(lambda: utc.fromutc(5))
show(lambda: naive < d)
show(lambda: d - naive)
show(lambda: datetime(2020, 1, 1, tzinfo=5))
show(lambda: d.astimezone(5))
show(lambda: time(24))
show(lambda: time(1, 60))
show(lambda: time("a"))
show(lambda: time(1, 2, 3, 4, 5))
show(lambda: time(1) < time(1, tzinfo=utc))
show(lambda: datetime.combine(date(2020, 1, 1), 5))

print(datetime(2020, 1, 1, tzinfo=utc) < datetime(2020, 1, 1))

# RUN: %difftest %s
# loop.time(): a float on a monotonic clock; it never goes back; sleep(d)
# lasts at least d by that clock (elapsed times are compared, not printed);
# call_later's deadline is loop.time() + delay; a timer fires no earlier
# than its deadline.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(type(t0).__name__, t0 > 0)
    samples = [loop.time() for _ in range(100)]
    print("monotonic:", all(a <= b for a, b in zip(samples, samples[1:])))
    for d in (0.01, 0.02, 0.005):
        a = loop.time()
        await asyncio.sleep(d)
        b = loop.time()
        print(f"sleep({d}) lasted at least {d}:", b - a >= d, "and less than 0.3:", b - a < 0.3)
    fired = []
    a = loop.time()
    h = loop.call_later(0.012, lambda: fired.append(loop.time()))
    print("deadline - start rounded to 2 places:", round(h.when() - a, 2))
    await asyncio.sleep(0.03)
    print("fired once:", len(fired), "not early:", fired[0] >= h.when())
    total = loop.time() - t0
    print("total at least 0.065:", total >= 0.065, "under a second:", total < 1.0)
    # time() of a loop that is not running uses the same clock
    other = asyncio.new_event_loop()
    x = other.time()
    y = loop.time()
    print("same clock:", abs(x - y) < 0.05)
    other.close()


asyncio.run(main())

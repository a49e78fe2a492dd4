# RUN: %difftest %s
# Sieve of Eratosthenes, prime factorisation, gcd/lcm by hand, perfect numbers.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [n for n in range(limit + 1) if is_prime[n]]

primes = sieve(100)
print(primes)
print(len(sieve(10000)), sieve(10000)[-5:], sum(sieve(2000)))

def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors

for n in [2, 12, 97, 360, 1001, 65536, 999999, 2 ** 31 - 1, 600851475143]:
    print(n, "=", " * ".join([str(f) for f in factorize(n)]))

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def lcm(a, b):
    return a // gcd(a, b) * b

print(gcd(48, 180), gcd(17, 5), lcm(4, 6), lcm(21, 6))
result = 1
for k in range(1, 21):
    result = lcm(result, k)
print("smallest multiple of 1..20:", result)
perfect = [n for n in range(2, 1000) if sum([d for d in range(1, n // 2 + 1) if n % d == 0]) == n]
print("perfect numbers:", perfect)
twin = [(p, p + 2) for p in primes if p + 2 in primes]
print("twin primes:", twin)

# RUN: %difftest %s
# Coroutines as methods: instance methods reading and changing self across
# suspensions, classmethods and staticmethods, async __call__, methods
# awaiting each other through self, inherited and overridden async methods
# with super(), a property that returns a coroutine, and bound methods
# stored and called later.
import types


@types.coroutine
def pause(tag):
    return (yield tag)


def drive(coro, sends=()):
    out = []
    it = iter(sends)
    try:
        out.append(coro.send(None))
        while True:
            out.append(coro.send(next(it, None)))
    except StopIteration as stop:
        return out, stop.value


class Account:
    rate = 2

    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    async def deposit(self, amount):
        await pause(f"{self.owner} deposit {amount}")
        self.balance += amount
        return self.balance

    async def transfer(self, other, amount):
        await self.withdraw(amount)
        return await other.deposit(amount)

    async def withdraw(self, amount):
        await pause(f"{self.owner} withdraw {amount}")
        if amount > self.balance:
            raise ValueError(f"{self.owner} has only {self.balance}")
        self.balance -= amount

    @classmethod
    async def opened_with(cls, owner, amount):
        acct = cls(owner)
        await acct.deposit(amount * cls.rate)
        return acct

    @staticmethod
    async def fee(amount):
        await pause("fee")
        return amount // 10

    async def __call__(self, n):
        return await self.deposit(n)

    @property
    def report(self):
        return self._report()

    async def _report(self):
        await pause("report")
        return f"{self.owner}: {self.balance}"


a = Account("ann")
print(drive(a.deposit(50)))
b_out, b = drive(Account.opened_with("bob", 10))
print(b_out, b.owner, b.balance)
print(drive(a.transfer(b, 30)))
print(a.balance, b.balance)
try:
    drive(a.transfer(b, 100))
except ValueError as e:
    print("ValueError:", e)
print(drive(Account.fee(95)), drive(a.fee(12)))
print(drive(a(5)))
print(drive(a.report))
deposit = b.deposit
print(drive(deposit(1)), drive(Account.deposit(b, 1)))


class Savings(Account):
    rate = 3

    async def deposit(self, amount):
        bonus = await Account.fee(amount)
        return await super().deposit(amount + bonus)


s_out, s = drive(Savings.opened_with("sue", 10))
print(s_out, type(s).__name__, s.balance)
print(drive(s(100)))


# Methods defined in a class body inside a function, closing over it.
def make_class(step):
    class Stepper:
        async def go(self, n):
            total = 0
            for i in range(n):
                total += await pause(i * step)
            return total
    return Stepper


print(drive(make_class(10)().go(3), [1, 2, 3]))


# An async method used as a plain function attribute of an instance.
class Bag:
    pass


bag = Bag()


async def free(x):
    return await pause(x)


bag.fn = free
print(drive(bag.fn("attr")))

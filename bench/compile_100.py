# About 100 lines of ordinary Python: classes, closures, decorators,
# exceptions, formatting and containers. bench/run.py measures how long it
# takes to transpile and to compile; it also runs like the other programs.


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot pay {amount}")
        self.account = account
        self.amount = amount


class Account:
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1

    def deposit(self, amount):
        self.balance += amount
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

    def __lt__(self, other):
        return self.balance < other.balance


class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        self.balance = round(self.balance * (1 + self.rate), 2)
        return self.balance


def logged(function):
    calls = []

    def wrapper(*args, **kwargs):
        calls.append(function.__name__)
        result = function(*args, **kwargs)
        print(f"{function.__name__}{args} -> {result}")
        return result

    wrapper.calls = calls
    return wrapper


@logged
def transfer(source, target, amount):
    try:
        source.withdraw(amount)
    except InsufficientFunds as error:
        print("refused:", error)
        return False
    else:
        target.deposit(amount)
        return True
    finally:
        print("balances:", source.balance, target.balance)


def make_counter(start=0):
    value = start

    def step(by=1):
        nonlocal value
        value += by
        return value

    return step


accounts = [Account("ann", 120), SavingsAccount("bob", 50, rate=0.1), Account("cy")]
transfer(accounts[0], accounts[1], 70)
transfer(accounts[2], accounts[0], 10)
print("interest:", accounts[1].add_interest())
print(sorted(accounts))
print(max(accounts, key=lambda a: a.balance).owner, Account.count, len(transfer.calls))

counter = make_counter(10)
print([counter() for _ in range(3)], counter(by=5))

table = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    table[word] = table.get(word, 0) + 1
ranked = sorted(table.items(), key=lambda item: (-item[1], item[0]))
for word, n in ranked[:3]:
    print("%-6s %3d %s" % (word, n, "*" * n))
first, *middle, last = [w.upper() for w, _ in ranked]
print(first, len(middle), last, "{:>8.3f}|{:<5}|{:^7}".format(3.14159, "ab", "mid"))

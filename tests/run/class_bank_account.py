# RUN: %difftest %s
# A small program mixing classes, properties, exceptions, class methods and formatting.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}; balance is {account.balance:.2f}")
        self.shortfall = amount - account.balance

class Account:
    interest_rate = 0.02
    _next_id = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def add_interest(self):
        interest = round(self._balance * self.interest_rate, 2)
        self.deposit(interest)
        return interest

    @classmethod
    def set_rate(cls, rate):
        cls.interest_rate = rate

    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self._balance:.2f})"

    def __str__(self):
        return f"#{self.id} {self.owner:<6} {self._balance:>10,.2f}"

class SavingsAccount(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise PermissionError("only two withdrawals allowed")
        return super().withdraw(amount)

alice = Account("alice", 100)
bob = SavingsAccount("bob", 2500.5)
alice.deposit(50).withdraw(30)
print(alice, "|", repr(alice))
print(bob.add_interest(), alice.add_interest())
for amount in [500, 100, 50]:
    try:
        bob.withdraw(amount)
        print("bob withdrew", amount)
    except PermissionError as e:
        print("refused:", e)
try:
    alice.withdraw(1000)
except InsufficientFunds as e:
    print("error:", e, "| shortfall:", round(e.shortfall, 2))
try:
    alice.deposit(-5)
except ValueError as e:
    print("error:", e)
Account.set_rate(0.1)
print(Account.interest_rate, SavingsAccount.interest_rate, alice.add_interest())
for acct in sorted([alice, bob], key=lambda a: a.balance, reverse=True):
    print(acct)
print(alice.history)
print(len(bob.history), [kind for kind, _ in bob.history])

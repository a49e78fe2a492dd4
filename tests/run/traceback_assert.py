# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# A failing assert with a message, inside a loop in a method: the traceback
# names the assert line.


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw_all(self, amounts):
        for amount in amounts:
            self.balance -= amount
            print("balance", self.balance)
            assert self.balance >= 0, (
                "overdrawn by " + str(-self.balance)
            )


Account(10).withdraw_all([3, 4, 5])

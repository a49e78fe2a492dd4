# RUN: %difftest %s
# Seed 003_90882ea0a30126d8.txt, code block 2 (lines 51-95),
# under "> 生产者－消费者的协程".
# The block is kept exactly as in the seed.
def consumer():
    status = True
    while True:
        nr = yield status
        # 1  nr = yield status = send("");
        # 2  yield status语句 = return status
        #    consumer().__next__()    consumer().send("") 的返回就是 status
        print("我拿到了{}!".format(nr))
        if nr == 3:
            status = False


def producer(consumer):
    n = 5
    while n > 0:
        # yield给主程序返回消费者的状态
        
        yield consumer.send(n)  # 让生产者发送1,2,3,4,5给消费者
        
        # generator.send(n)的作用是：把n发送到consumer()的yield赋值语句中，同时返回consumer中yield的变量（status）。
        
        n -= 1


if __name__ == '__main__':
    c = consumer()  # 有yield的话实例化时候不会执行到函数内
    c.send(None)  # 通过send(None)或__next__()初始化到第一个值的位置
    
    # c.send(None)，这条语句的作用是将consumer（即变量c，它是一个generator）中的语句推进到第一个
    # yield语句出现的位置，那么在例子中，consumer中的status = True和while
    # True: 都已经被执行了，程序停留在n = yield status的位置（注意：此时这条语句还没有被执行）
    
    p = producer(c)  # 有yield的话实例化时候不会执行到函数内
    for status in p:  # for in 应该是底层调用了__next__()初始化到第一个值的位置.然后依次遍历
        if status == False:
            print("我只要3,4,5就行啦")
            break
    print("程序结束")
 

# 我拿到了5!
# 我拿到了4!
# 我拿到了3!
# 我只要3,4,5就行啦
# 程序结束

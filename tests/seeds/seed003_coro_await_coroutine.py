# RUN: %difftest %s
# Seed 003_90882ea0a30126d8.txt, code block 6 (lines 157-172),
# under "3. 异步函数（即协程）".
# The block is kept exactly as in the seed: run() sends None into
# await_coroutine(), which awaits async_function() and prints 1.
async def async_function():
    return 1

async def await_coroutine():
    result = await async_function()
    print(result)

def run(coroutine):
    # 生成器函数、协程/异步函数async_function 在正常返回退出时(遇到return语句返回时)会抛出一个StopIteration异常，
    # 而原来的返回值,会存放在StopIteration对象的value属性中，通过以下捕获可以获取协程真正的返回值
    try: 
        coroutine.send(None)
    except StopIteration as e:
        return e.value   

run(await_coroutine())

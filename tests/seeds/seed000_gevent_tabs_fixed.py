# RUN: %difftest %s
# REQUIRES: gevent
# DIFFTEST: stderr-last-line
# Seed 000_25e87e8223c6b93d.txt, code block 2 (lines 80-108),
# under "#### gevent实现协程".
# Corrected copy of seed000_gevent_tabs.py, which CPython rejects: the
# two tab-indented lines got spaces (the tabs before comments stay).
# `time` is not imported, so warpper fails at time.time() before main
# runs: no output, NameError: name 'time' is not defined, status 1.
import gevent

def calc_time(func):
    def warpper(*args, **kwargs):
        start_time = time.time()
        func(*args, **kwargs)
        end_time = time.time()
        print(f'执行时间是：{end_time - start_time}')
    return warpper

def work1():
    for i in range(5):
        gevent.sleep(1)	# gevent能自动检测IO阻塞，遇到阻塞自动切换任务。如果使用time.sleep(1)不会并发执行，需要添加gevent的补丁：from gevent import monkey    monkey.patch_all()后，time休眠也能正常检测切换任务
        print(f'听音乐...{i}')
        
def work2():
    for i in range(5):
        gevent.sleep(1)
        print(f'打游戏...{i}')

@calc_time
def main():
    g1 = gevent.spawn(work1)	# 协程1
    g2 = gevent.spawn(work2)	# 协程2
    g1.join()
    g2.join()
    
if __name__ == "__main__":
    main()

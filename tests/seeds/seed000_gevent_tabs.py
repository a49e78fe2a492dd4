# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# Seed 000_25e87e8223c6b93d.txt, code block 2 (lines 80-108),
# under "#### gevent实现协程".
# CPython 3.11 rejects this block; pyco2cpp must report the same error
# at the same place. The block is kept exactly as in the seed.
# Its corrected copy is seed000_gevent_tabs_fixed.py (written by
# tests/greenlet/tools/make_greenlet_seed_tests.py).
# CHECK: seed000_gevent_tabs.py:27:1: error: TabError: inconsistent use of tabs and spaces in indentation
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

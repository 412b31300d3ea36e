#!/usr/bin/python3
"""Starts Orca with its debug log written line by line (Orca 43 opens it block-buffered, so what it said last
was lost when it stopped hard). Arguments are Orca's; the log is the file after --debug-file."""
import builtins
import runpy
import sys

log = sys.argv[sys.argv.index('--debug-file') + 1]
real_open = builtins.open


def open_line_buffered(file, mode='r', *args, **kwargs):
    if file == log and 'w' in mode:
        return real_open(file, mode, buffering=1, encoding='utf-8')
    return real_open(file, mode, *args, **kwargs)


builtins.open = open_line_buffered
sys.argv = ['orca', *sys.argv[1:]]
runpy.run_path('/usr/bin/orca', run_name='__main__')

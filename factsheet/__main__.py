from factsheet.cli import run

run()

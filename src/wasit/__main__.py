from wasit.cli import main

main()

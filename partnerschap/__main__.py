from partnerschap.cli.app import main

main()

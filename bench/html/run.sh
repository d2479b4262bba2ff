#!/usr/bin/env bash
# Compares the HTML readers with BeautifulSoup doing the same extraction (bench/html/bs4_extract.py).
# Needs Debian's python3-bs4 and python3-lxml (apt-get install python3-bs4 python3-lxml). Numbers are MB/s of
# process CPU time, so other load on the machine does not distort them.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=bench-data/html
[ -d "$data/desktop" ] || python3 bench/html/gen.py "$data" 5 5000
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
java -cp "$cp" org.tgparse.internal.html.HtmlReadBench "$data/desktop" 5
/usr/bin/python3 bench/html/bs4_extract.py desktop "$data/desktop" lxml
java -cp "$cp" org.tgparse.internal.html.HtmlReadBench "$data/tme/page.html" 5
/usr/bin/python3 bench/html/bs4_extract.py tme "$data/tme/page.html" lxml

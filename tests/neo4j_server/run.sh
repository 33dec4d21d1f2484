#!/usr/bin/env bash
# Start a throwaway Neo4j 5.26 community server for manual testing (Bolt only, auth off, data deleted at exit).
#   tests/neo4j_server/run.sh [--port 7687] [--pagecache MB] [--home DIR] [--config SETTING=VALUE]...
# --home DIR serves an existing Neo4j home (data in DIR/data, e.g. from neo4j-admin import) and keeps it.
# Prints "NEO4J_READY bolt://127.0.0.1:PORT" when it accepts connections; Ctrl-C stops it. Then, e.g.:
#   NEO4J_URI=bolt://127.0.0.1:PORT pytest -m neo4j
#   iisg-graph load iisg_graph/data/sample --store bolt://127.0.0.1:PORT
# Extra JVM flags: JAVA_OPTS="-Xmx4g" tests/neo4j_server/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/neo4j-test-server.jar"
cp_file="$here/target/classpath.txt"
if [ ! -f "$jar" ] || [ ! -f "$cp_file" ] || [ -n "$(find "$here/pom.xml" "$here/src" -newer "$jar" -type f)" ]; then
  echo "building tests/neo4j_server (first time: downloads Neo4j from Maven Central) …" >&2
  mvn -q -B -f "$here/pom.xml" package
fi
# exec: SIGTERM / Ctrl-C reach the JVM, whose shutdown hook stops Neo4j and deletes the data directory.
# shellcheck disable=SC2086
exec java "@$here/jvm.options" ${JAVA_OPTS:-} -cp "$jar:$(cat "$cp_file")" org.iisg.testserver.Neo4jTestServer "$@"

#!/usr/bin/env bash
# Builds the system and starts it on the embedded MongoDB (data kept in ./data), with the demo users
# (--pathways.demo-users=true: accounts with a published password; never for a real deployment).
# Extra arguments go to the application, for example: ./start.sh --server.port=9090
# With the demo data set (loaded once, in the background): ./start.sh --pathways.demo-data=true
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -ntp -DskipTests install
# Asks for the demo users unless the arguments decide (./start.sh --pathways.demo-users=false starts without).
case " $* " in
  *" --pathways.demo-users="*) ;;
  *) set -- --pathways.demo-users=true "$@" ;;
esac
exec java -jar caseworker-ui/target/caseworker-ui-0.1.0-SNAPSHOT.jar "$@"

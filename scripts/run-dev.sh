#!/usr/bin/env bash
# Start the web server and one django-q2 worker together; Ctrl-C (or either one dying) stops both.
set -euo pipefail
PY=${PY:-.venv/bin/python}
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}

$PY manage.py qcluster &
worker=$!
$PY manage.py runserver "$HOST:$PORT" &
web=$!
trap 'kill $worker $web 2>/dev/null; wait 2>/dev/null' INT TERM EXIT

cat <<MSG

  Faro is starting on http://$HOST:$PORT/  (admin: /admin/  API docs: /api/docs/)
  Demo logins (password for all: faro-demo-2026):
    manager       -> /admin/ (back office)
    supervisor    -> supervisor of five teams
    agent         -> agent (Hospital · Admisiones, Seguros · Siniestros)
    agente.lucia, agent.tom, agente.pablo -> agents of the other teams
  Ctrl-C stops the web server and the worker.

MSG
wait -n $worker $web

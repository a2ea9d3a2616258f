#!/bin/sh
echo "greetings: $*"

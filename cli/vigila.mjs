#!/usr/bin/env node
// @ts-check
import { main } from './lib/command.mjs';

process.exitCode = await main(process.argv.slice(2));

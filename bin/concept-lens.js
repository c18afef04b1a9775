#!/usr/bin/env node
'use strict';
// The CLI is bundled into dist/ by `npm run build` (run by `npm install` through "prepare"). `scan`
// has a bundle of its own, without the other commands' libraries: it starts sooner.
require(process.argv[2] === 'scan' ? '../dist/scanCli.js' : '../dist/cli.js');

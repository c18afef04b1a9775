#!/usr/bin/env node
'use strict';
// The CLI is bundled into dist/ by `npm run build` (run by `npm install` through "prepare").
require('../dist/cli.js');

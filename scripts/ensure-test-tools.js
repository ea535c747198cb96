#!/usr/bin/env node
// Makes sure what the tests need outside npm is on this machine: a Chromium for the browser tests
// and poppler's pdffonts/pdftoppm/pdfinfo for checking PDFs. Installs them when it can (Debian's
// packages as root, or Playwright's Chromium), otherwise says in one line what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { findChromium } from './browser.js';

const canApt = process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
let aptUpdated = false;

/** @param {string[]} packages */
function aptInstall(packages) {
	if (!aptUpdated) {
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		aptUpdated = true;
	}
	execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
}

/** @param {string} command */
function hasCommand(command) {
	return spawnSync(command, ['-v'], { stdio: 'ignore' }).error === undefined;
}

/** @param {string} message */
function fail(message) {
	console.error(`ensure-test-tools: ${message}`);
	process.exit(1);
}

if (!(await findChromium())) {
	if (canApt) {
		console.log('Installing Chromium (Debian package) for the browser tests…');
		aptInstall(['chromium']);
	} else {
		console.log('Installing Playwright’s Chromium for the browser tests…');
		spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
	}
	if (!(await findChromium())) {
		fail('no Chromium found: install Debian\'s "chromium" package or run "npx playwright install chromium", or set MUQABALA_CHROMIUM to a Chromium binary.');
	}
}

if (!hasCommand('pdffonts') || !hasCommand('pdftoppm') || !hasCommand('pdfinfo')) {
	if (canApt) {
		console.log('Installing poppler-utils (pdffonts, pdfinfo, pdftoppm) for the PDF tests…');
		aptInstall(['poppler-utils']);
	}
	if (!hasCommand('pdffonts')) {
		fail('pdffonts, pdfinfo and pdftoppm are missing: install poppler-utils (apt-get install poppler-utils, brew install poppler).');
	}
}

export const id = 826;
export const ids = [826];
export const modules = {

/***/ 90826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runBatch: () => (/* binding */ runBatch)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19290);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36384);
// The repositories input: several repositories collected one after another in one job, each
// report in report-dir/OWNER/NAME, all with one until so that a roll-up can take them (O1).





const MINUTE_MS = 60_000;
async function runBatch(config, now = new Date()) {
    if (config.publish === 'pages-branch') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y('publish: pages-branch cannot publish several repositories (expected none or artifact with repositories; roll them up with rollup)');
    }
    const input = config.pipeline.input;
    if (input.kind !== 'github')
        throw new Error('repositories: the Action collects from the GitHub API');
    // O1: one window for the whole batch, the job's start to the minute unless until is given.
    const until = config.pipeline.until ?? new Date(Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS);
    const failed = [];
    for (const repository of config.repositories) {
        const [owner, name] = repository.split('/');
        try {
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(`Collecting ${repository}`, () => (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .runPipeline */ .aI)({
                ...config.pipeline,
                until,
                input: { ...input, repo: repository },
                outDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(config.pipeline.outDir, owner, name),
            }, (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .actionLogger */ .v0)()));
        }
        catch (error) {
            // One repository's failure leaves the others' reports; the step fails at the end.
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`${repository}: ${error?.message?.split('\n')[0] ?? String(error)}`);
            failed.push(repository);
        }
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report-dir', config.pipeline.outDir);
    if (failed.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`repositories: ${failed.length} of ${config.repositories.length} failed (${failed.join(', ')}); the others' reports are in ${config.pipeline.outDir}`);
    }
}


/***/ })

};

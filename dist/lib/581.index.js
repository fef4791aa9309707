export const id = 581;
export const ids = [581];
export const modules = {

/***/ 5581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2973);
/* harmony import */ var _cli_support_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1159);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6567);
/* harmony import */ var _report_markdown_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7366);
// The command line's entry: flags → configuration → the pipeline (STYLE.md habit 1).




// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE')
        process.exit(process.exitCode ?? 0);
    throw error;
});
async function main() {
    const flags = (0,_config_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFlags */ .bQ)(process.argv.slice(2), process.env);
    if (flags.help) {
        process.stdout.write(_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .HELP */ ._$);
        return 0;
    }
    if (flags.version) {
        process.stdout.write(`${_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .xv}\n`);
        return 0;
    }
    const config = flags.config;
    const result = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .runPipeline */ .aI)(config, (0,_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .cliLogger */ .$v)(config.json));
    if (config.json) {
        process.stdout.write(`${JSON.stringify(result.report)}\n`);
    }
    else {
        process.stdout.write(`${(0,_report_markdown_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .textTable */ .ed)(result.report)}\n`);
        if (result.outDir)
            process.stdout.write(`\nReport written to ${result.outDir}\n`);
    }
    return 0;
}
main().then((code) => {
    process.exitCode = code;
}, (error) => {
    if ((0,_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(error)) {
        process.stderr.write(`dora-report: ${error.message}\n`);
        process.exitCode = 2;
        return;
    }
    process.stderr.write(`dora-report: internal error: ${error?.message ?? error} (this is a bug; DEBUG=1 shows the stack)\n`);
    if (process.env.DEBUG)
        process.stderr.write(`${error?.stack ?? ''}\n`);
    process.exitCode = 1;
});


/***/ })

};

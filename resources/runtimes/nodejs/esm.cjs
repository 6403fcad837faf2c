// SPDX-License-Identifier: MIT
//
// import() for bootstrap.cjs when it runs from a start-up snapshot: a function
// compiled into a Node 20 snapshot has no dynamic import() (ERR_VM_DYNAMIC_
// IMPORT_CALLBACK_MISSING), one compiled at run time, as this file is, has.
'use strict';

module.exports = (url) => import(url);

import { bench } from '/work/wt/columnar/tests/bench/sewb';
bench().then((r) => console.log(JSON.stringify(r, null, 1)));

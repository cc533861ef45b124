import { bench } from './ui';
bench().then((r) => console.log(JSON.stringify(r)));

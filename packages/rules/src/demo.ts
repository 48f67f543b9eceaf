/* eslint-disable no-console -- a command-line demonstration of the rules engine */
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "./index";

const received = "2021-12-20";
console.log("Children's social care complaints platform: rules engine");
console.log(`A complaint received on ${received} (day 0):`);
console.log(`  Stage 1 response due (10 working days, SI 2006/1738 reg 14): ${addWorkingDays(received, 10)}`);
console.log(`  Extended Stage 1 due (20 working days, reg 14): ${addWorkingDays(received, 20)}`);
console.log(`  Christmas Day 2021 is a working day: ${isWorkingDay("2021-12-25")}`);
console.log(`  Working days from ${received} to 2022-01-31: ${workingDaysBetween(received, "2022-01-31")}`);

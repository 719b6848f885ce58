"use server";

import { headers } from "next/headers";
import { action } from "@/lib/actions/action";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { signUp, signUpSchema } from "@/lib/users/sign-up";

// Everything typed goes back to the form on failure, except the password (the action client's rule).
// An accepted sign-up signs nobody in and lands on one page whether or not the email was new.
export const signUpAction = action(
  signUpSchema,
  async (_actor, input) => signUp(input, { ip: clientIp(await headers()) }),
  { redirect: "/daftar/periksa-email" },
);

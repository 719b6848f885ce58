"use server";

import { headers } from "next/headers";
import { action } from "@/lib/actions/action";
import { issueSession } from "@/lib/auth/session-cookie";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { signUp, signUpSchema } from "@/lib/users/sign-up";

// Everything typed goes back to the form on failure, except the password (the action client's rule).
export const signUpAction = action(
  signUpSchema,
  async (_actor, input) => {
    const user = await signUp(input, { ip: clientIp(await headers()) });
    await issueSession(user);
  },
  { redirect: "/tulis" },
);

// Same page as the reader side: this layout also renders the header, <main> and footer.
export { default, metadata } from "@/app/(site)/not-found";

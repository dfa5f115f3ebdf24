import { Form } from 'antd';
import { useWriteFailure } from './use-write-failure.ts';

/**
 * A form that adds one record and is then emptied for the next, as the secretary types a meeting's
 * comments, speeches and groups one after another. A refused write keeps what was typed.
 */
export function useAddForm<Values>(create: (values: Values) => Promise<unknown>) {
  const [form] = Form.useForm<Values>();
  const fail = useWriteFailure();
  const add = async (values: Values) => {
    try {
      await create(values);
      form.resetFields();
    } catch (error) {
      fail(error);
    }
  };
  return { form, onFinish: (values: Values) => void add(values) };
}
